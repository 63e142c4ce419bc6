using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CircleCi.PowerShell.Core.Hosting
{
    /// <summary>An error annotation: on a file and line when <see cref="File"/> is set, else on the step.</summary>
    public sealed class CiAnnotation
    {
        public CiAnnotation(string title, string message, string? file = null, long? line = null)
        {
            Title = title;
            Message = message;
            File = string.IsNullOrEmpty(file) ? null : file;
            Line = line is > 0 ? line : null;
        }

        public string Title { get; }
        public string Message { get; }
        public string? File { get; }
        public long? Line { get; }
    }

    /// <summary>
    /// What a CI host understands: log commands on standard output (written through <c>writeLine</c>, which the
    /// cmdlets route to the host like Write-Host) and, on GitHub, files named by environment variables.
    /// </summary>
    internal abstract class CiHostWriter
    {
        protected CiHostWriter(Action<string> writeLine, Func<string, string?> environment)
        {
            WriteLine = writeLine;
            Environment = environment;
        }

        protected Action<string> WriteLine { get; }
        protected Func<string, string?> Environment { get; }

        public abstract CiHostKind Kind { get; }
        /// <summary>Registers a secret with the host, which then masks it in every later log line.</summary>
        public abstract void Mask(string secret);
        public abstract void Error(CiAnnotation annotation);
        public abstract void StartGroup(string title);
        public abstract void EndGroup();
        /// <summary>A step output later steps (and jobs) read.</summary>
        public abstract void SetOutput(string name, string value);
        /// <summary>Markdown for the run's summary page.</summary>
        public abstract void AppendSummary(string markdown);

        public void Line(string text) => WriteLine(text);

        protected static void AppendUtf8(string path, string text)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            byte[] bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }

    /// <summary>
    /// GitHub Actions workflow commands (<c>::name key=value,key=value::message</c>) and file commands
    /// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), escaped as @actions/core escapes them.
    /// </summary>
    internal sealed class GitHubActionsWriter : CiHostWriter
    {
        public GitHubActionsWriter(Action<string> writeLine, Func<string, string?> environment) : base(writeLine, environment) { }

        public override CiHostKind Kind => CiHostKind.GitHubActions;

        /// <summary>The message part of a command: %, CR and LF.</summary>
        public static string EscapeData(string value) =>
            value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <summary>A property value: also ':' and ',', which end a value.</summary>
        public static string EscapeProperty(string value) =>
            EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

        /// <summary>One command line; properties with an empty value are left out, as the toolkit does.</summary>
        public static string Command(string name, IEnumerable<KeyValuePair<string, string?>>? properties, string message)
        {
            var text = new StringBuilder("::").Append(name);
            bool first = true;
            if (properties != null)
                foreach (var property in properties)
                {
                    if (string.IsNullOrEmpty(property.Value)) continue;
                    text.Append(first ? " " : ",").Append(property.Key).Append('=').Append(EscapeProperty(property.Value!));
                    first = false;
                }
            return text.Append("::").Append(EscapeData(message)).ToString();
        }

        /// <summary>The annotation command, properties in @actions/core's order: title, file, line.</summary>
        public static string ErrorCommand(CiAnnotation annotation) => Command("error", new[]
        {
            new KeyValuePair<string, string?>("title", annotation.Title),
            new KeyValuePair<string, string?>("file", annotation.File),
            new KeyValuePair<string, string?>("line", annotation.Line?.ToString(CultureInfo.InvariantCulture)),
        }, annotation.Message);

        /// <summary>A GITHUB_OUTPUT entry: <c>name&lt;&lt;delimiter</c>, the value, the delimiter, each line ended by the
        /// platform's newline (the toolkit's os.EOL).</summary>
        public static string OutputEntry(string name, string value, string delimiter)
        {
            if (name.Contains(delimiter) || value.Contains(delimiter)) throw new ArgumentException("The value contains the delimiter.");
            string eol = System.Environment.NewLine;
            return name + "<<" + delimiter + eol + value + eol + delimiter + eol;
        }

        public override void Mask(string secret)
        {
            if (!string.IsNullOrEmpty(secret)) WriteLine(Command("add-mask", null, secret));
        }

        public override void Error(CiAnnotation annotation) => WriteLine(ErrorCommand(annotation));
        public override void StartGroup(string title) => WriteLine(Command("group", null, title));
        public override void EndGroup() => WriteLine(Command("endgroup", null, string.Empty));

        public override void SetOutput(string name, string value)
        {
            string? path = Environment("GITHUB_OUTPUT");
            if (string.IsNullOrEmpty(path)) return; // the set-output command is gone: without the file there is no output
            AppendUtf8(path!, OutputEntry(name, value, "ghadelimiter_" + Guid.NewGuid().ToString("D")));
        }

        public override void AppendSummary(string markdown)
        {
            string? path = Environment("GITHUB_STEP_SUMMARY");
            if (string.IsNullOrEmpty(path)) return;
            AppendUtf8(path!, markdown.EndsWith("\n", StringComparison.Ordinal) ? markdown : markdown + System.Environment.NewLine);
        }
    }

    /// <summary>
    /// Azure Pipelines logging commands (<c>##vso[area.event key=value;]message</c>), escaped as
    /// azure-pipelines-task-lib escapes them (% becomes %AZP25).
    /// </summary>
    internal sealed class AzureDevOpsWriter : CiHostWriter
    {
        public AzureDevOpsWriter(Action<string> writeLine, Func<string, string?> environment) : base(writeLine, environment) { }

        public override CiHostKind Kind => CiHostKind.AzureDevOps;

        public static string EscapeData(string value) =>
            value.Replace("%", "%AZP25").Replace("\r", "%0D").Replace("\n", "%0A");

        public static string EscapeProperty(string value) =>
            EscapeData(value).Replace("]", "%5D").Replace(";", "%3B");

        /// <summary>One command line; each property is followed by ';', empty ones are left out, as task-lib does.</summary>
        public static string Command(string name, IEnumerable<KeyValuePair<string, string?>>? properties, string message)
        {
            var text = new StringBuilder("##vso[").Append(name);
            bool any = false;
            if (properties != null)
                foreach (var property in properties)
                {
                    if (string.IsNullOrEmpty(property.Value)) continue;
                    text.Append(any ? "" : " ").Append(property.Key).Append('=').Append(EscapeProperty(property.Value!)).Append(';');
                    any = true;
                }
            return text.Append(']').Append(EscapeData(message)).ToString();
        }

        /// <summary>task.logissue, properties in task-lib's order: type, code, sourcepath, linenumber.</summary>
        public static string ErrorCommand(CiAnnotation annotation) => Command("task.logissue", new[]
        {
            new KeyValuePair<string, string?>("type", "error"),
            new KeyValuePair<string, string?>("sourcepath", annotation.File),
            new KeyValuePair<string, string?>("linenumber", annotation.Line?.ToString(CultureInfo.InvariantCulture)),
        }, annotation.Title + ": " + annotation.Message);

        public static string SetVariableCommand(string name, string value, bool isOutput) => Command("task.setvariable", new[]
        {
            new KeyValuePair<string, string?>("variable", name),
            new KeyValuePair<string, string?>("isOutput", isOutput ? "true" : "false"),
            new KeyValuePair<string, string?>("issecret", "false"),
        }, value);

        public override void Mask(string secret)
        {
            // task-lib refuses multi-line secrets; a token never has one.
            if (!string.IsNullOrEmpty(secret)) WriteLine(Command("task.setsecret", null, secret));
        }

        public override void Error(CiAnnotation annotation) => WriteLine(ErrorCommand(annotation));
        public override void StartGroup(string title) => WriteLine("##[group]" + title.Replace("\r", " ").Replace("\n", " "));
        public override void EndGroup() => WriteLine("##[endgroup]");
        public override void SetOutput(string name, string value) => WriteLine(SetVariableCommand(name, value, isOutput: true));

        /// <summary>Writes the Markdown to a file in the agent's temp folder and uploads it as the run's summary.</summary>
        public override void AppendSummary(string markdown)
        {
            string folder = Environment("AGENT_TEMPDIRECTORY") is { Length: > 0 } temp ? temp : Path.GetTempPath();
            string path = Path.Combine(folder, "circleci-summary-" + Guid.NewGuid().ToString("N") + ".md");
            AppendUtf8(path, markdown);
            WriteLine(Command("task.uploadsummary", null, path));
        }
    }
}
