using System;
using System.IO;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Writes a file whole or not at all: into a temporary file beside it, moved into place once complete and deleted
    /// when the write fails, so a refused or interrupted write never leaves half a file under the name asked for.
    /// </summary>
    internal static class WholeFile
    {
        /// <summary>The failures of a file-system write that are about the path or the disk, to report as ErrorRecords.</summary>
        internal static bool IsWriteFailure(Exception ex) =>
            ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException;

        internal static void Write(string path, Action<Stream> write)
        {
            string folder = Path.GetDirectoryName(path) ?? string.Empty;
            if (folder.Length > 0) Directory.CreateDirectory(folder);
            // A short name of its own: the file's name plus a suffix could pass the file system's limit on names.
            string temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                    write(stream);
                MoveIntoPlace(temp, path);
            }
            catch
            {
                DeleteQuietly(temp);
                throw;
            }
        }

        /// <summary>Puts a complete temporary file under its final name, replacing what was there.</summary>
        internal static void MoveIntoPlace(string temp, string path)
        {
#if NET8_0_OR_GREATER
            File.Move(temp, path, overwrite: true);
#else
            if (File.Exists(path)) File.Delete(path);
            File.Move(temp, path);
#endif
        }

        /// <summary>Deletes a leftover temporary file; a failure here is not the error to report.</summary>
        internal static void DeleteQuietly(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Best effort: the write's own failure is what to report, and the OS may hold the file open briefly.
            }
        }
    }
}
