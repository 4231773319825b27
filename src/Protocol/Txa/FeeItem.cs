namespace Inkan.Protocol.Txa;

/// <summary>One item of a FEE payment: agency number (5 digits), agency name kana, customer number (1–20 digits), amount.</summary>
public sealed record FeeItem(string AgencyNumber, string AgencyNameKana, string CustomerNumber, long Amount);
