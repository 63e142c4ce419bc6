using System;
using System.IO;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Usage
{
    /// <summary>
    /// What New- and Get-CircleUsageExport share: -Wait polls until the export is completed (or failed) with a
    /// progress bar, -Destination downloads its CSV files, and the 10-calls-an-hour limit is named in errors.
    /// </summary>
    public abstract class UsageExportCmdlet : CircleApiCmdlet
    {
        internal const string RateLimitNote = "The usage export API allows 10 calls an hour per organization; wait before trying again.";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid OrgId { get; set; }

        /// <summary>Wait until the export is completed (or failed).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>A folder to download the CSV files to (implies -Wait).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Destination { get; set; }

        /// <summary>How long -Wait waits at most.</summary>
        [Parameter]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>Time between two polls while waiting. Each poll counts against the 10 calls an hour.</summary>
        [Parameter]
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>-Destination as a full path, checked before any request.</summary>
        private string? _destination;

        protected override void BeginProcessing()
        {
            if (Destination != null) _destination = ResolveFileSystemPath(Destination, nameof(Destination), "CircleCi.InvalidUsageDestination");
        }

        internal UsageExport Fetch(Guid jobId)
        {
            UsageExport export = Run(api => api.Usage.GetUsageExportAsync(OrgId, jobId));
            export.OrgId = OrgId;
            return export;
        }

        /// <summary>Waits and downloads as asked, then writes the export (or an error for it).</summary>
        internal void Complete(UsageExport export)
        {
            if (Wait || Destination != null) export = WaitForExport(export);
            if (export.State == "failed")
            {
                WriteError(new ErrorRecord(new InvalidOperationException($"Usage export {export.UsageExportJobId} failed: {export.ErrorReason}"),
                    "CircleApi.UsageExportFailed", ErrorCategory.InvalidResult, export));
                return;
            }
            if (Destination != null && export.State == "completed") Download(export);
            WriteObject(export);
        }

        private UsageExport WaitForExport(UsageExport export)
        {
            var progress = new ProgressRecord(7401, "Usage export " + export.UsageExportJobId, "Waiting");
            var started = DateTime.UtcNow;
            try
            {
                while (export.State != "completed" && export.State != "failed")
                {
                    if (DateTime.UtcNow - started >= Timeout)
                        throw new CircleApiException("CircleCi.UsageExportTimeout", ErrorCategory.OperationTimeout,
                            $"Usage export {export.UsageExportJobId} was still '{export.State}' after {Timeout}; get it later with Get-CircleUsageExport.");
                    progress.StatusDescription = $"{export.State} ({(DateTime.UtcNow - started).TotalSeconds:0} s)";
                    WriteProgress(progress);
                    if (StopToken.WaitHandle.WaitOne(PollInterval)) throw new PipelineStoppedException();
                    export = Fetch(export.UsageExportJobId);
                }
            }
            finally
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
            return export;
        }

        private void Download(UsageExport export)
        {
            string folder = _destination!;
            int n = 0;
            foreach (string url in export.DownloadUrls)
            {
                n++;
                var uri = new Uri(url);
                string name = Path.GetFileName(uri.AbsolutePath);
                string path = Path.Combine(folder, string.IsNullOrEmpty(name) ? $"usage-{export.UsageExportJobId}-{n}.csv" : name);
                // Presigned URLs: the token is never sent with them.
                byte[] content = Run(api => api.Usage.DownloadExportFileAsync(uri));
                try
                {
                    WholeFile.Write(path, stream => stream.Write(content, 0, content.Length));
                }
                catch (Exception ex) when (WholeFile.IsWriteFailure(ex))
                {
                    // The export itself is still written: Get-CircleUsageExport -Destination can fetch it again.
                    WriteError(new ErrorRecord(ex, "CircleCi.UsageDownloadFailed", ErrorAdvice.Category(ex), Destination)
                    {
                        ErrorDetails = new ErrorDetails($"The usage file could not be written to '{path}': {ex.Message}"),
                    });
                    return;
                }
                WriteVerbose($"Downloaded {path} ({content.Length} bytes)");
                export.Files.Add(path);
            }
        }

        /// <summary>Like ForItem, with the usage API's hourly limit named when CircleCI refuses for it.</summary>
        internal void ForExport(object target, Action work)
        {
            try
            {
                work();
            }
            catch (CircleApiException ex)
            {
                ErrorRecord record = ToErrorRecord(ex, target);
                if (ex.Category == ErrorCategory.LimitsExceeded) record.ErrorDetails = new ErrorDetails(ex.Message + " " + RateLimitNote);
                WriteError(record);
            }
        }
    }
}
