using System.Text;
using Inkan.TestSupport.Smtp;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailParserTests
{
    [Fact]
    public void DecodeHeader_CharacterSplitAcrossEncodedWords_Joined()
    {
        var bytes = Encoding.UTF8.GetBytes("振込");
        var header = $"=?utf-8?B?{Convert.ToBase64String(bytes[..4])}?=\r\n =?utf-8?B?{Convert.ToBase64String(bytes[4..])}?= done";

        Assert.Equal("振込 done", EncodedWords.Decode(header));
    }

    [Fact]
    public void DecodeHeader_QuotedPrintableWord_Decoded() =>
        Assert.Equal("a b=c", EncodedWords.Decode("=?us-ascii?Q?a_b=3Dc?="));

    [Fact]
    public void Parse_QuotedPrintableBody_Decoded()
    {
        var raw = Encoding.ASCII.GetBytes("Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E6=8C=AF=E8=BE=BC =\r\nok\r\n");

        var mail = MailParser.Parse("m", raw);

        Assert.Equal("振込 ok\n", mail.Body);
        Assert.Equal("x", mail.Subject);
    }

    [Fact]
    public void Parse_Multipart_NotSupported() =>
        Assert.Throws<NotSupportedException>(() => MailParser.Parse("m", "Content-Type: multipart/mixed; boundary=b\n\n--b--\n"u8.ToArray()));
}
