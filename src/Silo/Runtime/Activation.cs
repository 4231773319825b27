namespace Inkan.Silo.Runtime;

/// <summary>One live instance of a grain: its grain object, mailbox and state.</summary>
internal sealed class Activation;
