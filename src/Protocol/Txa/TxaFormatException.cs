namespace Inkan.Protocol.Txa;

/// <summary>Thrown when TXA1 data or a payload breaks a rule of SPEC section 7; <see cref="Field"/> names the field.</summary>
public sealed class TxaFormatException : FormatException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public TxaFormatException()
        : this("Payload", "The TXA1 payload is not valid.")
    {
    }

    /// <summary>Creates the exception with a message only; the field is "Payload".</summary>
    public TxaFormatException(string message)
        : this("Payload", message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it; the field is "Payload".</summary>
    public TxaFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "Payload";
    }

    /// <summary>Creates the exception for a field, with a message that says what is wrong with it.</summary>
    public TxaFormatException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The field that is wrong, such as <c>PayeeKana</c>, <c>Items[2].Amount</c> or <c>Nonce</c>.</summary>
    public string Field { get; }
}
