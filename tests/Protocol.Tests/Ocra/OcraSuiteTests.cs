using Inkan.Protocol.Ocra;

namespace Inkan.Protocol.Tests.Ocra;

public sealed class OcraSuiteTests
{
    [Fact]
    public void Parse_FullSuite_ReadsEveryPart()
    {
        var suite = OcraSuite.Parse("OCRA-1:HOTP-SHA1-0:C-QA20-PSHA512-S128-T12M");

        Assert.Equal("OCRA-1:HOTP-SHA1-0:C-QA20-PSHA512-S128-T12M", suite.Text);
        Assert.Equal(OcraHash.Sha1, suite.Hash);
        Assert.Equal(0, suite.Digits);
        Assert.True(suite.UsesCounter);
        Assert.Equal(OcraQuestionFormat.Alphanumeric, suite.QuestionFormat);
        Assert.Equal(20, suite.QuestionLength);
        Assert.Equal(OcraHash.Sha512, suite.PinHash);
        Assert.Equal(128, suite.SessionLength);
        Assert.Equal(TimeSpan.FromMinutes(12), suite.TimeStep);
    }

    [Fact]
    public void Parse_QuestionOnly_HasNoOptionalInputs()
    {
        var suite = OcraSuite.Parse("OCRA-1:HOTP-SHA256-8:QH64");

        Assert.Equal(OcraHash.Sha256, suite.Hash);
        Assert.Equal(8, suite.Digits);
        Assert.False(suite.UsesCounter);
        Assert.Equal(OcraQuestionFormat.Hex, suite.QuestionFormat);
        Assert.Equal(64, suite.QuestionLength);
        Assert.Null(suite.PinHash);
        Assert.Equal(0, suite.SessionLength);
        Assert.Null(suite.TimeStep);
    }

    [Theory]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T1S", 1)]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T59S", 59)]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T59M", 59 * 60)]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T0H", 0)]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T48H", 48 * 3600)]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T", 60)]
    public void Parse_TimeStep_ConvertsUnits(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OcraSuite.Parse(text).TimeStep);
    }

    [Theory]
    [InlineData("S064", 64)]
    [InlineData("S128", 128)]
    [InlineData("S256", 256)]
    [InlineData("S512", 512)]
    [InlineData("S", 64)]
    public void Parse_Session_ReadsLength(string session, int length)
    {
        Assert.Equal(length, OcraSuite.Parse($"OCRA-1:HOTP-SHA1-6:QN08-{session}").SessionLength);
    }

    [Theory]
    [InlineData("PSHA1", OcraHash.Sha1)]
    [InlineData("PSHA256", OcraHash.Sha256)]
    [InlineData("PSHA512", OcraHash.Sha512)]
    [InlineData("P", OcraHash.Sha1)]
    public void Parse_PinHash_ReadsFunction(string pin, OcraHash hash)
    {
        Assert.Equal(hash, OcraSuite.Parse($"OCRA-1:HOTP-SHA1-6:QN08-{pin}").PinHash);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    public void Parse_Digits_AcceptsZeroAndFourToTen(int digits)
    {
        Assert.Equal(digits, OcraSuite.Parse($"OCRA-1:HOTP-SHA512-{digits}:QN08").Digits);
    }

    [Fact]
    public void Parse_BareQuestion_DefaultsToNumericEight()
    {
        var suite = OcraSuite.Parse("OCRA-1:HOTP-SHA1-6:Q");

        Assert.Equal((OcraQuestionFormat.Numeric, 8), (suite.QuestionFormat, suite.QuestionLength));
    }

    [Theory]
    [InlineData("", "three parts")]
    [InlineData("OCRA-1:HOTP-SHA1-6", "three parts")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08:X", "three parts")]
    [InlineData("OCRA-2:HOTP-SHA1-6:QN08", "'OCRA-2'")]
    [InlineData("ocra-1:hotp-sha1-6:qn08", "'ocra-1'")]
    [InlineData("OCRA-1:TOTP-SHA1-6:QN08", "HOTP-SHAx-t")]
    [InlineData("OCRA-1:HOTP-SHA1:QN08", "HOTP-SHAx-t")]
    [InlineData("OCRA-1:HOTP-SHA1-6-6:QN08", "HOTP-SHAx-t")]
    [InlineData("OCRA-1:HOTP-MD5-6:QN08", "'MD5'")]
    [InlineData("OCRA-1:HOTP-SHA384-6:QN08", "'SHA384'")]
    [InlineData("OCRA-1:HOTP-SHA1-3:QN08", "truncation '3'")]
    [InlineData("OCRA-1:HOTP-SHA1-11:QN08", "truncation '11'")]
    [InlineData("OCRA-1:HOTP-SHA1-06:QN08", "truncation '06'")]
    [InlineData("OCRA-1:HOTP-SHA1-x:QN08", "truncation 'x'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:", "'' is not one of")]
    [InlineData("OCRA-1:HOTP-SHA1-6:C", "must include a question")]
    [InlineData("OCRA-1:HOTP-SHA1-6:C-PSHA1", "question QFxx before")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-C", "out of order")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-QA08", "repeated")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T1M-S064", "out of order")]
    [InlineData("OCRA-1:HOTP-SHA1-6:C-C-QN08", "repeated")]
    [InlineData("OCRA-1:HOTP-SHA1-6:CX-QN08", "just 'C'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-X", "'X' is not one of")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-", "'' is not one of")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QX08", "format in 'QX08'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN03", "length in 'QN03'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN65", "length in 'QN65'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN8", "length in 'QN8'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN008", "length in 'QN008'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QNXX", "length in 'QNXX'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-PMD5", "'PMD5'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-S64", "'S64'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-S100", "'S100'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-S000", "'S000'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T0S", "'T0S'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T60S", "'T60S'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T0M", "'T0M'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T60M", "'T60M'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T49H", "'T49H'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T1D", "'T1D'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T01M", "'T01M'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-TM", "'TM'")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08-T100H", "'T100H'")]
    public void Parse_MalformedSuite_ThrowsNamingTheProblem(string text, string named)
    {
        var error = Assert.Throws<OcraSuiteException>(() => OcraSuite.Parse(text));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => OcraSuite.Parse(null!));
    }
}
