using System.Collections.Generic;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// A list property of an output object. Export-Csv and string conversion call ToString on a property's value, which
    /// for List&lt;T&gt; is its type name; this one writes its items, so an exported column holds data.
    /// </summary>
    public sealed class ItemList<T> : List<T>
    {
        public ItemList() { }

        public ItemList(IEnumerable<T> items) : base(items) { }

        public override string ToString() => string.Join(", ", this);
    }
}
