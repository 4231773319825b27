namespace Inkan.Grains.Mail;

/// <summary>The user's language for mails. Japanese is always written; English users get English first, then the Japanese text.</summary>
public enum MailLanguage
{
    /// <summary>Japanese only.</summary>
    Japanese,

    /// <summary>English, followed by the Japanese text.</summary>
    English,
}
