using System;
using System.Runtime.InteropServices;
using System.Security;

namespace CircleCi.PowerShell.Core
{
    /// <summary>Turns a SecureString parameter into the plain text a request body needs, at the last moment.</summary>
    internal static class SecretValue
    {
        internal static string Reveal(SecureString secure)
        {
            IntPtr ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
                return Marshal.PtrToStringUni(ptr) ?? string.Empty;
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }
    }
}
