namespace Inkan.Gateway.Api.Callbacks;

/// <summary>Adds the callback relay with its options (<see cref="CallbackOptions"/>) and HTTP client.</summary>
public static class CallbackHostingExtensions
{
    /// <summary>Binds <c>BankApi:Callbacks</c>, validated at start, and runs <see cref="CallbackRelay"/>.</summary>
    public static WebApplicationBuilder AddCallbackRelay(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CallbackOptions>().Bind(builder.Configuration.GetSection(CallbackOptions.SectionName))
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();
        services.AddHttpClient(CallbackSender.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CallbackOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = sp.GetRequiredService<CallbackTargets>().ConnectAsync,
            });
        services.AddSingleton<CallbackTargets>();
        services.AddSingleton<CallbackSender>();
        services.AddSingleton<CallbackWatcher>();
        services.AddHostedService<CallbackRelay>();
        return builder;
    }
}
