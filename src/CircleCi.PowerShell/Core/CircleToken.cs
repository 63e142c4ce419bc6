using System;
using System.Runtime.InteropServices;
using System.Security;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Holds the API token. It has no public members that reveal the value, so neither formatting,
    /// ConvertTo-Json, Export-Clixml nor ToString() can print it; only the HTTP core reads it.
    /// </summary>
    public sealed class CircleToken
    {
        private readonly string _value;

        internal CircleToken(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException("The token is empty.", nameof(value));
            _value = value.Trim();
        }

        internal string Reveal() => _value;

        /// <summary>What kind of token this looks like, judged from its format (never from its value).</summary>
        public CircleTokenKind Kind => Classify(_value);

        public override string ToString() => "CircleToken(****)";

        internal static CircleTokenKind Classify(string token)
        {
            if (token.StartsWith("CCIPAT_", StringComparison.Ordinal)) return CircleTokenKind.Personal;
            if (token.StartsWith("CCIPRJ_", StringComparison.Ordinal)) return CircleTokenKind.Project;
            if (token.Length == 40 && IsHex(token)) return CircleTokenKind.OldFormat;
            return CircleTokenKind.Unknown;
        }

        private static bool IsHex(string s)
        {
            foreach (char c in s)
            {
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex) return false;
            }
            return true;
        }

        internal static CircleToken FromSecureString(SecureString secure)
        {
            IntPtr ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
                return new CircleToken(Marshal.PtrToStringUni(ptr) ?? string.Empty);
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
        }
    }

    public enum CircleTokenKind
    {
        Unknown,
        Personal,
        Project,
        OldFormat,
    }
}
