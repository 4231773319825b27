namespace Inkan.Protocol.Ocra;

/// <summary>What the DataInput part of a suite asks for, gathered while parsing it.</summary>
internal sealed class OcraDataInputs
{
    public bool Counter { get; set; }

    public OcraQuestionFormat QuestionFormat { get; set; }

    public int QuestionLength { get; set; }

    public OcraHash? PinHash { get; set; }

    public int SessionLength { get; set; }

    public TimeSpan? TimeStep { get; set; }
}
