namespace Inkan.Protocol.Txa;

/// <summary>
/// Builds and parses the TXA1 QR payload <c>TXA1|KIND|NONCE|field|...</c> of SPEC section 7, checking every
/// field. Build does not trim: a kana value that begins or ends with a space is rejected; it then cuts kana
/// to 10 characters (and drops any space the cut leaves at the end). Parse accepts longer kana fields, since
/// the 10-character cut is the server's duty and SPEC's own worked example carries an 11-character payee.
/// </summary>
public static class TxaPayload
{
    /// <summary>The first field of every payload.</summary>
    public const string Prefix = "TXA1";

    /// <summary>The separator between fields.</summary>
    public const char Separator = '|';

    /// <summary>Builds the payload for the data and nonce; throws <see cref="TxaFormatException"/> naming a bad field.</summary>
    public static string Build(TxaData data, string nonce)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fields = new List<string> { Prefix, TxaFields.Name(data.Kind, "Kind"), TxaFields.Nonce(nonce) };
        TxaPayloadWriter.AddFields(data, fields);
        return string.Join(Separator, fields);
    }

    /// <summary>Parses a scanned payload strictly; throws <see cref="TxaFormatException"/> naming what is wrong.</summary>
    public static TxaMessage Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var fields = payload.Split(Separator);
        if (fields[0] != Prefix)
        {
            throw new TxaFormatException("Prefix", $"The payload must begin with '{Prefix}{Separator}'.");
        }

        if (fields.Length < 3)
        {
            throw new TxaFormatException("FieldCount", "The payload must have a kind and a nonce after the prefix.");
        }

        var kind = TxaFields.ParseName<TxaKind>(fields[1], "Kind");
        var nonce = TxaFields.Nonce(fields[2]);
        var data = TxaPayloadReader.Read(kind, fields.AsSpan(3));
        return new TxaMessage(kind, nonce, data);
    }

    /// <summary>What Build writes (and the token shows) for a kana value: at most 10 characters, no trailing space.</summary>
    public static string TruncateKana(string kana)
    {
        ArgumentNullException.ThrowIfNull(kana);
        return TxaFields.TruncateKana(kana);
    }
}
