using Inkan.Gateway.Api;
using Inkan.Gateway.Browser;
using Inkan.Gateway.Hosting;
using Inkan.Gateway.Mail;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddInkanSilo();
    builder.AddMailRelay();
    builder.AddBankApi();
    builder.AddBrowserClient();

    var app = builder.Build();
    app.UseSecurityHeaders();
    app.MapInkanHealth();
    app.MapBankApi();
    app.UseBrowserProblems();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.MapBrowserClient();
    app.Run();
    return 0;
}
catch (Exception e) when (StartupFailure.EndsProcess)
{
    return StartupFailure.Report(e, Console.Error);
}

/// <summary>The gateway's entry point; public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
