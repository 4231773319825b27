using System.Text.Json.Serialization;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Otp;

/// <summary>JSON metadata for the OTP state classes, as a grain's state context would hold them.</summary>
[JsonSerializable(typeof(OtpHash))]
[JsonSerializable(typeof(OtpChallenge))]
[JsonSerializable(typeof(OtpFailureCounter))]
internal sealed partial class OtpTestJsonContext : JsonSerializerContext;
