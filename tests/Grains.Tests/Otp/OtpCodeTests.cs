using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Otp;

public sealed class OtpCodeTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(10)]
    public void Generate_Digits_ThatManyAsciiDigits(int digits)
    {
        var otp = OtpCode.Generate(digits);

        Assert.Equal(digits, otp.Length);
        Assert.All(otp, c => Assert.InRange(c, '0', '9'));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void Generate_LengthOutOfRange_Throws(int digits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OtpCode.Generate(digits));

    [Fact]
    public void Generate_ManyCodes_DigitsUniformInEveryPosition()
    {
        const int codes = 20_000;
        var counts = new int[6, 10];
        for (var i = 0; i < codes; i++)
        {
            var otp = OtpCode.Generate(6);
            for (var position = 0; position < 6; position++)
            {
                counts[position, otp[position] - '0']++;
            }
        }

        // Expected 2,000 per digit and position, standard deviation about 42: a 10% band is about 5 deviations.
        for (var position = 0; position < 6; position++)
        {
            for (var digit = 0; digit < 10; digit++)
            {
                Assert.InRange(counts[position, digit], 1_800, 2_200);
            }
        }
    }

    [Fact]
    public void Generate_ManyCodes_RarelyRepeat()
    {
        var codes = Enumerable.Range(0, 1_000).Select(_ => OtpCode.Generate(8)).ToHashSet();

        // 1,000 draws from 10^8 collide with probability about 0.5%; more than 2 repeats would mean a broken source.
        Assert.InRange(codes.Count, 998, 1_000);
    }

    [Theory]
    [InlineData(" 123456 ", "123456")]
    [InlineData("１２３４５６", "123456")]
    [InlineData("12 3456", "12 3456")]
    [InlineData(null, "")]
    public void Normalize_TypedOtp_TrimsAndMapsFullWidthDigits(string? typed, string expected) =>
        Assert.Equal(expected, OtpCode.Normalize(typed));
}
