namespace Inkan.TokenEmulator.Tests.Images;

/// <summary>Writes the entropy-coded segment of a JPEG: bits most significant first, a 00 stuffed after every FF byte.</summary>
internal sealed class JpegBitWriter(Stream stream)
{
    private int buffer;
    private int count;

    public void Write(int value, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            buffer = (buffer << 1) | ((value >> i) & 1);
            if (++count == 8)
            {
                Emit();
            }
        }
    }

    public void Flush()
    {
        while (count != 0)
        {
            Write(1, 1);
        }
    }

    private void Emit()
    {
        stream.WriteByte((byte)buffer);
        if (buffer == 0xFF)
        {
            stream.WriteByte(0);
        }

        (buffer, count) = (0, 0);
    }
}
