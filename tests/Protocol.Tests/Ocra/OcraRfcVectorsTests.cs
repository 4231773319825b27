using Inkan.Protocol.Ocra;

namespace Inkan.Protocol.Tests.Ocra;

/// <summary>Every test vector of RFC 6287 Appendix C (one-way, mutual, plain signature).</summary>
public sealed class OcraRfcVectorsTests
{
    // The timestamp of the T1M vectors: 0x132d0b6 minutes since the epoch (2008-03-25T12:06:00Z).
    private const long RfcTime = 0x132d0b6;

    public static TheoryData<string, int, long?, string, bool, long?, string> Vectors()
    {
        var data = new TheoryData<string, int, long?, string, bool, long?, string>();
        void Add(string suite, int key, long? c, string q, bool pin, long? t, string expected) =>
            data.Add(suite, key, c, q, pin, t, expected);

        // C.1 One-way challenge-response.
        string[] sha1Qn08 = ["237653", "243178", "653583", "740991", "608993", "388898", "816933", "224598", "750600", "294470"];
        for (var i = 0; i < 10; i++)
        {
            Add("OCRA-1:HOTP-SHA1-6:QN08", 20, null, new string((char)('0' + i), 8), false, null, sha1Qn08[i]);
        }

        string[] counterPin = ["65347737", "86775851", "78192410", "71565254", "10104329", "65983500", "70069104", "91771096", "75011558", "08522129"];
        for (var c = 0; c < 10; c++)
        {
            Add("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", 32, c, "12345678", true, null, counterPin[c]);
        }

        string[] pinOnly = ["83238735", "01501458", "17957585", "86776967", "86807031"];
        for (var i = 0; i < 5; i++)
        {
            Add("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", 32, null, new string((char)('0' + i), 8), true, null, pinOnly[i]);
        }

        string[] sha512Counter = ["07016083", "63947962", "70123924", "25341727", "33203315", "34205738", "44343969", "51946085", "20403879", "31409299"];
        for (var i = 0; i < 10; i++)
        {
            Add("OCRA-1:HOTP-SHA512-8:C-QN08", 64, i, new string((char)('0' + i), 8), false, null, sha512Counter[i]);
        }

        string[] timed = ["95209754", "55907591", "22048402", "24218844", "36209546"];
        for (var i = 0; i < 5; i++)
        {
            Add("OCRA-1:HOTP-SHA512-8:QN08-T1M", 64, null, new string((char)('0' + i), 8), false, RfcTime, timed[i]);
        }

        // C.2 Mutual challenge-response: server and client computations.
        string[] server256 = ["28247970", "01984843", "65387857", "03351211", "83412541"];
        string[] client256 = ["15510767", "90175646", "33777207", "95285278", "28934924"];
        string[] server512 = ["79496648", "76831980", "12250499", "90856481", "12761449"];
        string[] client512 = ["18806276", "70020315", "01600026", "18951020", "32528969"];
        for (var i = 0; i < 5; i++)
        {
            var cli = $"CLI2222{i}";
            var srv = $"SRV1111{i}";
            Add("OCRA-1:HOTP-SHA256-8:QA08", 32, null, cli + srv, false, null, server256[i]);
            Add("OCRA-1:HOTP-SHA256-8:QA08", 32, null, srv + cli, false, null, client256[i]);
            Add("OCRA-1:HOTP-SHA512-8:QA08", 64, null, cli + srv, false, null, server512[i]);
            Add("OCRA-1:HOTP-SHA512-8:QA08-PSHA1", 64, null, srv + cli, true, null, client512[i]);
        }

        // C.3 Plain signature.
        string[] signature = ["53095496", "04110475", "31331128", "76028668", "46554205"];
        string[] timedSignature = ["77537423", "31970405", "10235557", "95213541", "65360607"];
        for (var i = 0; i < 5; i++)
        {
            Add("OCRA-1:HOTP-SHA256-8:QA08", 32, null, $"SIG1{i}000", false, null, signature[i]);
            Add("OCRA-1:HOTP-SHA512-8:QA10-T1M", 64, null, $"SIG1{i}00000", false, RfcTime, timedSignature[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Generate_RfcAppendixCVector_ReturnsPublishedValue(
        string suite, int keySize, long? counter, string question, bool pin, long? timeSteps, string expected)
    {
        var input = new OcraInput
        {
            Counter = counter,
            Question = question,
            PinHash = pin ? RfcKeys.PinSha1 : null,
            TimeSteps = timeSteps,
        };

        var response = Inkan.Protocol.Ocra.Ocra.Generate(OcraSuite.Parse(suite), RfcKeys.ForSize(keySize), input);

        Assert.Equal(expected, response);
    }

    [Fact]
    public void Vectors_CoverAllOfAppendixC()
    {
        // 10 + 10 + 5 + 10 + 5 one-way, 4 x 5 mutual, 2 x 5 signature.
        Assert.Equal(70, Vectors().Count);
    }
}
