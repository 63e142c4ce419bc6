using System.Management.Automation;
using System.Security;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// Lets a SecureString parameter also take a plain string (Graph broke scripts by refusing strings, msgraph#2123):
    /// the string is converted at once and only the SecureString is kept.
    /// </summary>
    public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object? value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (value is string text)
            {
                var secure = new SecureString();
                foreach (char c in text) secure.AppendChar(c);
                secure.MakeReadOnly();
                return secure;
            }
            return value;
        }
    }
}
