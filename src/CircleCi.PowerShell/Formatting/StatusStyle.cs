using System;

namespace CircleCi.PowerShell.Formatting
{
    /// <summary>
    /// Colours a status for the default views (called from the .Format.ps1xml files so every view colours alike).
    /// Honours NO_COLOR; the views call it only where the host supports virtual-terminal sequences.
    /// </summary>
    public static class StatusStyle
    {
        private const string Reset = "\u001b[0m";

        public static string Colorize(string? status)
        {
            if (string.IsNullOrEmpty(status)) return string.Empty;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))) return status!;
            string? color = status switch
            {
                "success" or "fixed" or "created" or "completed" => "\u001b[32m",
                "failed" or "error" or "failing" or "errored" or "infrastructure_fail" or "timedout" or "unauthorized"
                    or "terminated-unknown" or "failure" => "\u001b[31m",
                "running" or "queued" or "on_hold" or "pending" or "setup" or "setup-pending" or "blocked" or "processing" => "\u001b[33m",
                "canceled" or "not_run" or "not_running" or "retried" or "skipped" => "\u001b[90m",
                _ => null,
            };
            return color == null ? status! : color + status + Reset;
        }
    }
}
