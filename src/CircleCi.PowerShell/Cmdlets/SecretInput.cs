using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>Checks on variable names and the secret values -Variable hashtables carry, shared by projects and contexts.</summary>
    internal static class SecretInput
    {
        /// <summary>An error text for a name CircleCI would refuse, or null when it is valid.</summary>
        internal static string? CheckName(string? name) =>
            name != null && Patterns.VariableName().IsMatch(name)
                ? null
                : $"'{name}' is not a valid environment variable name: it must start with a letter or underscore and contain only letters, digits and underscores.";

        /// <summary>
        /// The (name, secret) pairs of a -Variable hashtable, in key order so runs are repeatable. Values may be strings
        /// or SecureStrings; anything else is refused rather than guessed at. Null when a name or value is invalid.
        /// </summary>
        internal static List<KeyValuePair<string, SecureString>>? FromDictionary(IDictionary variables, out string? error)
        {
            error = null;
            var pairs = new List<KeyValuePair<string, SecureString>>();
            foreach (DictionaryEntry entry in variables)
            {
                string name = entry.Key?.ToString() ?? string.Empty;
                error = CheckName(name);
                if (error != null) return null;
                object? value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                SecureString? secure = value as SecureString;
                if (secure == null && value is string text) secure = ToSecure(text);
                if (secure == null)
                {
                    error = $"The value of '{name}' must be a string or a SecureString.";
                    return null;
                }
                pairs.Add(new KeyValuePair<string, SecureString>(name, secure));
            }
            pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return pairs;
        }

        internal static SecureString ToSecure(string text)
        {
            var secure = new SecureString();
            foreach (char c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        internal static string Reveal(SecureString secure) => SecretValue.Reveal(secure);
    }
}
