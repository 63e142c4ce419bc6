using System.Text.RegularExpressions;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// Every regular expression of the module. The net8.0 build generates their code at build time ([GeneratedRegex]):
    /// a <see cref="RegexOptions.Compiled"/> one is emitted and JIT-compiled the first time a process builds it (about
    /// 35 ms on the benchmark machine), which a script that runs one command pays on every run. The netstandard2.0
    /// build (Windows PowerShell) interprets them: the generator needs .NET 7, and compiling them there would add
    /// start-up work too (not measured: no Windows here). Each is built on first use, not when the module loads.
    /// </summary>
    internal static partial class Patterns
    {
        private const string PlaceholderText = @"\{([^}]+)\}";

        // JSON fields whose values are secrets in CircleCI's API (env var and context values, webhook signing
        // secrets, checkout private keys, tokens).
        private const string SecretJsonFieldText =
            "(\"(?:value|token|secret|signing_secret|signing-secret|private_key|password|circle-token|continuation-key|access_token|refresh_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"";

        private const string SecretQueryText = "([?&](?:circle-token|token|signature|X-Amz-Signature|X-Amz-Credential)=)[^&#]*";

        private const string VariableNameText = "^[A-Za-z_][A-Za-z0-9_]*$";

        // CircleCI's Clojure services print instants as "#joda/inst 2023-04-14T21:20:14+0000" (or EDN's #inst "...").
        private const string TaggedDateText = "^#(?:joda/)?inst\\s+\"?([^\"]*)\"?$";

        // ISO 8601 as people write it: 'T' or a space, any fraction (',' or '.'), Z, UTC, +hh, +hhmm or +hh:mm, or no zone (UTC).
        private const string IsoDateText =
            "^(?<date>\\d{4}-\\d{2}-\\d{2})(?:[Tt ](?<time>\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?))?\\s*(?<zone>Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$";

        // CSI and OSC escape sequences and the two-character escapes, as CI step output carries them.
        private const string AnsiText = @"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])";

        private const RegexOptions Invariant = RegexOptions.CultureInvariant;
        private const RegexOptions InvariantIgnoreCase = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

#if NET7_0_OR_GREATER
        /// <summary>A {name} placeholder of an API path template.</summary>
        [GeneratedRegex(PlaceholderText, Invariant)] internal static partial Regex Placeholder();
        [GeneratedRegex(SecretJsonFieldText, InvariantIgnoreCase)] internal static partial Regex SecretJsonField();
        [GeneratedRegex(SecretQueryText, InvariantIgnoreCase)] internal static partial Regex SecretQuery();
        [GeneratedRegex(VariableNameText, Invariant)] internal static partial Regex VariableName();
        [GeneratedRegex(TaggedDateText, Invariant)] internal static partial Regex TaggedDate();
        [GeneratedRegex(IsoDateText, Invariant)] internal static partial Regex IsoDate();
        [GeneratedRegex(AnsiText, Invariant)] internal static partial Regex Ansi();
#else
        private static Regex? _placeholder, _secretJsonField, _secretQuery, _variableName, _taggedDate, _isoDate, _ansi;

        /// <summary>A {name} placeholder of an API path template.</summary>
        internal static Regex Placeholder() => _placeholder ??= new Regex(PlaceholderText, Invariant);
        internal static Regex SecretJsonField() => _secretJsonField ??= new Regex(SecretJsonFieldText, InvariantIgnoreCase);
        internal static Regex SecretQuery() => _secretQuery ??= new Regex(SecretQueryText, InvariantIgnoreCase);
        internal static Regex VariableName() => _variableName ??= new Regex(VariableNameText, Invariant);
        internal static Regex TaggedDate() => _taggedDate ??= new Regex(TaggedDateText, Invariant);
        internal static Regex IsoDate() => _isoDate ??= new Regex(IsoDateText, Invariant);
        internal static Regex Ansi() => _ansi ??= new Regex(AnsiText, Invariant);
#endif
    }
}
