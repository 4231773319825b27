namespace Inkan.Silo.Generator.Model;

/// <summary>The four return types a grain method may have.</summary>
internal enum ReturnKind
{
    /// <summary><c>Task</c>: no value.</summary>
    Task,

    /// <summary><c>Task&lt;T&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>ValueTask</c>: no value.</summary>
    ValueTask,

    /// <summary><c>ValueTask&lt;T&gt;</c>.</summary>
    ValueTaskOfT,
}
