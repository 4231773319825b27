using Inkan.Protocol.Ocra;

namespace Inkan.Protocol.Tests.Ocra;

public sealed class OcraInputTests
{
    private static string Generate(string suite, OcraInput input, byte[]? key = null) =>
        Inkan.Protocol.Ocra.Ocra.Generate(OcraSuite.Parse(suite), key ?? RfcKeys.Key32, input);

    public static TheoryData<string, OcraInput, string> Mismatches() => new()
    {
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput(), "needs a question" },
        { "OCRA-1:HOTP-SHA1-6:C-QN08", new OcraInput { Question = "1234" }, "needs Counter" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1234", Counter = 1 }, "takes no Counter" },
        { "OCRA-1:HOTP-SHA1-6:QN08-PSHA1", new OcraInput { Question = "1234" }, "needs PinHash" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1234", PinHash = new byte[20] }, "takes no PinHash" },
        { "OCRA-1:HOTP-SHA1-6:QN08-PSHA256", new OcraInput { Question = "1234", PinHash = new byte[20] }, "must be 32 bytes" },
        { "OCRA-1:HOTP-SHA1-6:QN08-S064", new OcraInput { Question = "1234" }, "needs Session" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1234", Session = new byte[64] }, "takes no Session" },
        { "OCRA-1:HOTP-SHA1-6:QN08-S064", new OcraInput { Question = "1234", Session = new byte[65] }, "at most 64 bytes" },
        { "OCRA-1:HOTP-SHA1-6:QN08-T1M", new OcraInput { Question = "1234" }, "needs TimeSteps" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1234", TimeSteps = 5 }, "takes no TimeSteps" },
        { "OCRA-1:HOTP-SHA1-6:C-QN08", new OcraInput { Question = "1234", Counter = -1 }, "Counter must not be negative" },
        { "OCRA-1:HOTP-SHA1-6:QN08-T1M", new OcraInput { Question = "1234", TimeSteps = -1 }, "TimeSteps must not be negative" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "" }, "must not be empty" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "12ab" }, "decimal digits" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "١٢٣٤" }, "decimal digits" },
        { "OCRA-1:HOTP-SHA1-6:QA08", new OcraInput { Question = "AB-12" }, "letters and digits" },
        { "OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = "12XY" }, "hexadecimal digits" },
        { "OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = new string('F', 257) }, "at most 128" },
        { "OCRA-1:HOTP-SHA1-6:QA08", new OcraInput { Question = new string('A', 129) }, "at most 128" },
        { "OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1" + new string('0', 310) }, "at most 128" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Generate_InputNotMatchingSuite_ThrowsArgumentException(string suite, OcraInput input, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => Generate(suite, input));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EmptyKey_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Generate("OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "1234" }, []));
    }

    [Fact]
    public void Generate_NumericQuestion_HashesTheValueNotTheText()
    {
        var plain = Generate("OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "12345678" });
        var zeros = Generate("OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "0012345678" });
        var other = Generate("OCRA-1:HOTP-SHA1-6:QN08", new OcraInput { Question = "12345679" });

        Assert.Equal(plain, zeros);
        Assert.NotEqual(plain, other);
    }

    [Fact]
    public void Generate_OddHexQuestion_FillsTheLastByteFromTheLeft()
    {
        // "ABC" and "ABC0" are the same bytes AB C0 once padded to 128 bytes.
        var odd = Generate("OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = "ABC" });
        var even = Generate("OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = "ABC0" });

        Assert.Equal(even, odd);
    }

    [Fact]
    public void Generate_HexQuestion_IgnoresCase()
    {
        var upper = Generate("OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = "ABCDEF12" });
        var lower = Generate("OCRA-1:HOTP-SHA1-6:QH08", new OcraInput { Question = "abcdef12" });

        Assert.Equal(upper, lower);
    }
}
