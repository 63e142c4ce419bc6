using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// The default session, one per runspace (PSOpenAD's model), so ForEach-Object -Parallel and thread jobs do not
    /// trample each other; they can still share a session object passed with -Session.
    /// </summary>
    internal static class SessionStore
    {
        private sealed class Holder { public CircleSession? Session; }

        private static readonly ConditionalWeakTable<Runspace, Holder> Defaults = new ConditionalWeakTable<Runspace, Holder>();
        private static readonly Holder NoRunspace = new Holder();

        private static Holder Current()
        {
            Runspace? runspace = Runspace.DefaultRunspace;
            return runspace == null ? NoRunspace : Defaults.GetValue(runspace, _ => new Holder());
        }

        public static CircleSession? Default
        {
            get => Current().Session;
            set => Current().Session = value;
        }
    }
}
