using System.Text.Json.Serialization;
using Inkan.Grains.Otp;
using Inkan.Grains.Security;

namespace Inkan.Grains.Tests.Otp;

/// <summary>JSON metadata for the OTP state classes, as a grain's state context would hold them.</summary>
[JsonSerializable(typeof(OtpHash))]
[JsonSerializable(typeof(OtpChallenge))]
[JsonSerializable(typeof(FailureCounter))]
internal sealed partial class OtpTestJsonContext : JsonSerializerContext;
