using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// Two users on two floors share one token (SPEC section 5): one exhausts the attempts in one browser, the other,
/// in a second browser, is told at once that the token is locked; the last-attempt warning goes only to the typist.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedTokenLockTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string Contract = "C200";

    internal override async Task SeedAsync()
    {
        const Permissions transfers = Permissions.Inquiry | Permissions.FundTransfer;
        await Bank.ContractAsync(Contract, "master01", ("floor1", transfers), ("floor2", transfers));
        await Bank.IssueAsync(Contract, Bank.Serials[0]);
        await Bank.RegisterAsync(Contract, "floor1", Bank.Serials[0]);
        await Bank.RegisterAsync(Contract, "floor2", Bank.Serials[0]);
    }

    [Fact]
    public async Task WrongCodes_UntilLocked_LockPushedToOtherUserOfToken()
    {
        var serial = Bank.Serials[0];
        var typist = await NewPageAsync();
        var colleague = await NewPageAsync();
        await typist.LogOnAsync(Contract, "floor1");
        await typist.WaitForViewAsync("top");
        await colleague.LogOnAsync(Contract, "floor2");
        await colleague.WaitForViewAsync("top");
        await colleague.OpenAsync("pending");

        await typist.OpenAsync("transfer");
        await typist.SubmitTransferAsync("ｻﾄｳ ﾊﾅｺ", 50_000);
        var panel = typist.Locator("[data-testid=confirm][data-challenge=push]");
        var (_, right) = await panel.ScanAsync(Bank.Store, serial, "lock-01-transfer-qr");
        var wrong = Wrong(right);

        string[] expected = ["WrongCode", "WrongCode", "WrongCode", "LastAttempt", "TokenLocked"];
        for (var i = 0; i < expected.Length; i++)
        {
            await panel.TypeCodeAsync(wrong);
            await Assertions.Expect(panel).ToHaveAttributeAsync("data-outcome", expected[i]);
            if (i == 3)
            {
                await typist.GetByTestId("last-attempt").WaitForAsync();
                await typist.ShotAsync("lock-02-last-attempt-warning");
            }

            // Each answer is awaited before the next code, as a person would.
            await Assertions.Expect(panel.GetByTestId("code")).ToBeEmptyAsync();
        }

        var notice = colleague.GetByTestId("token-lock");
        await notice.WaitForAsync();
        Assert.Contains(serial, await notice.InnerTextAsync());
        await colleague.ShotAsync("lock-03-colleague-notice");
        await typist.GetByTestId("token-lock").WaitForAsync();
        await typist.ShotAsync("lock-04-typist-locked");

        // The warning went to the typist only, and the colleague never saw the typist's challenge.
        Assert.Equal(0, await colleague.GetByTestId("last-attempt").CountAsync());
        Assert.Equal(0, await colleague.GetByTestId("confirm").CountAsync());
        Assert.True(await colleague.GetByTestId("pending-empty").IsVisibleAsync());

        // The lock stops the colleague too.
        await colleague.OpenAsync("transfer");
        await colleague.SubmitTransferAsync("ｻﾄｳ ﾊﾅｺ", 1_000);
        await Assertions.Expect(colleague.GetByTestId("error")).ToContainTextAsync("トークンがロックされている");
    }

    private static string Wrong(string code) => code[..7] + (char)('0' + ((code[7] - '0' + 1) % 10));
}
