using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

/// <summary>Data of a kind TXA1 does not define, to check that Build refuses it.</summary>
internal sealed record UnknownKindData : TxaData
{
    public override TxaKind Kind => (TxaKind)99;
}
