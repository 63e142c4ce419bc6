using System.Runtime.InteropServices;

namespace CircleCi.PowerShell.Core.Http
{
    /// <summary>"CircleCi.PowerShell/0.1.0 PowerShell/7.6.9 (Linux 6.1 ...; X64)": lets CircleCI identify the client.</summary>
    internal static class UserAgent
    {
        public static string Build(string? powerShellVersion)
        {
            string module = typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            string os = RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']').Trim();
            if (os.Length > 60) os = os.Substring(0, 60);
            return $"CircleCi.PowerShell/{module} PowerShell/{powerShellVersion ?? "unknown"} ({os}; {RuntimeInformation.OSArchitecture})";
        }
    }
}
