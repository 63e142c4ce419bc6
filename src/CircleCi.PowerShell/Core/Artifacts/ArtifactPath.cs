using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace CircleCi.PowerShell.Core.Artifacts
{
    /// <summary>
    /// Maps an artifact path (untrusted: it comes from the server) to a file under the destination folder. The
    /// rules are the same on every OS so a hostile list is refused everywhere: no rooted path, drive, UNC or
    /// device prefix, no "..", no control character; '\' counts as a separator too. The result is checked once
    /// more after normalisation, and <see cref="FindLinkOutside"/> refuses a folder that is a link.
    /// </summary>
    public static class ArtifactPath
    {
        private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        private static readonly char[] Separators = { '/', '\\' };
        private static readonly HashSet<string> DeviceNames = new HashSet<string>(
            new[] { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" }
                .Concat(Enumerable.Range(1, 9).SelectMany(i => new[] { "COM" + i, "LPT" + i })),
            StringComparer.OrdinalIgnoreCase);
        // Invalid in a Windows file name; refused on Windows, allowed elsewhere (':' is common in Linux names).
        private static readonly char[] WindowsInvalid = { '<', '>', ':', '"', '|', '?', '*' };

        /// <summary>
        /// The relative path (with the OS separator) for an artifact: optional job folder, "node{N}" when the job ran
        /// in parallel, then the artifact path. False with a reason when the path is refused.
        /// </summary>
        public static bool TryGetRelativePath(string? artifactPath, string? jobFolder, long? nodeIndex, out string relativePath, out string error)
        {
            relativePath = string.Empty;
            var segments = new List<string>();
            if (jobFolder != null)
            {
                // A job name is free text: make it one harmless segment rather than refuse the artifact.
                segments.Add(SafeSegment(jobFolder));
            }
            if (nodeIndex.HasValue)
            {
                if (nodeIndex.Value < 0) { error = $"The node index {nodeIndex.Value} is negative."; return false; }
                segments.Add("node" + nodeIndex.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!TrySplit(artifactPath, segments, out error)) return false;
            relativePath = string.Join(Path.DirectorySeparatorChar.ToString(), segments);
            return true;
        }

        /// <summary>The full path under <paramref name="destination"/>, or false when it would leave it.</summary>
        public static bool TryResolve(string destination, string relativePath, out string fullPath, out string error)
        {
            string root = RootWithSeparator(destination);
            fullPath = Path.GetFullPath(Path.Combine(root, relativePath));
            if (!IsUnder(root, fullPath))
            {
                error = "it resolves outside the destination folder.";
                return false;
            }
            error = string.Empty;
            return true;
        }

        /// <summary>True when <paramref name="fullPath"/> is strictly inside <paramref name="root"/> (a folder path).</summary>
        public static bool IsUnder(string root, string fullPath)
        {
            var comparison = IsWindows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string prefix = RootWithSeparator(root);
            return fullPath.Length > prefix.Length && fullPath.StartsWith(prefix, comparison);
        }

        /// <summary>
        /// The first existing folder between the destination and the file that is a link (symlink, junction), or
        /// the file itself when it is one: writing through it could land outside the destination. Null if none.
        /// </summary>
        public static string? FindLinkOutside(string destination, string fullPath)
        {
            string root = RootWithSeparator(destination);
            string current = root.TrimEnd(Path.DirectorySeparatorChar);
            string rest = fullPath.Substring(root.Length);
            foreach (string segment in rest.Split(Path.DirectorySeparatorChar))
            {
                current = Path.Combine(current, segment);
                FileAttributes attributes;
                try
                {
                    attributes = File.GetAttributes(current);
                }
                catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
                {
                    return null; // nothing exists further down: it will be created as plain folders
                }
                if ((attributes & FileAttributes.ReparsePoint) != 0) return current;
            }
            return null;
        }

        internal static string RootWithSeparator(string destination)
        {
            string full = Path.GetFullPath(destination);
            return full.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? full : full + Path.DirectorySeparatorChar;
        }

        private static bool TrySplit(string? artifactPath, List<string> segments, out string error)
        {
            error = string.Empty;
            if (string.IsNullOrWhiteSpace(artifactPath)) { error = "the artifact path is empty."; return false; }
            string path = artifactPath!;
            if (path.Any(c => c < 0x20 || c == 0x7f)) { error = "it contains a NUL or control character."; return false; }
            if (path[0] == '/' || path[0] == '\\') { error = "it is an absolute path (or a UNC path)."; return false; }
            if (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0])) { error = "it starts with a drive letter."; return false; }
            int before = segments.Count;
            foreach (string segment in path.Split(Separators))
            {
                if (segment.Length == 0 || segment == ".") continue;
                if (segment.Replace(".", string.Empty).Replace(" ", string.Empty).Length == 0) { error = $"it contains the segment '{segment}' (parent folder or dots only)."; return false; }
                if (segment.Trim() != segment) { error = $"the segment '{segment}' starts or ends with a space."; return false; }
                string stem = segment.Split('.')[0];
                if (DeviceNames.Contains(stem)) { error = $"'{segment}' is a device name on Windows."; return false; }
                if (IsWindows && (segment.IndexOfAny(WindowsInvalid) >= 0 || segment.EndsWith(".", StringComparison.Ordinal)))
                {
                    error = $"the segment '{segment}' has a character Windows does not allow in a file name.";
                    return false;
                }
                segments.Add(segment);
            }
            if (segments.Count == before) { error = "the artifact path names no file."; return false; }
            return true;
        }

        private static string SafeSegment(string text)
        {
            var chars = text.Select(c => c < 0x20 || c == '/' || c == '\\' || Array.IndexOf(WindowsInvalid, c) >= 0 ? '_' : c).ToArray();
            string segment = new string(chars).Trim().Trim('.');
            return segment.Length == 0 || DeviceNames.Contains(segment) ? "_" + segment : segment;
        }
    }
}
