using System.Text.Json.Serialization;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Audit;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Contracts;
using Inkan.Grains.Idempotency;
using Inkan.Grains.KeyRing;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Hosting;

/// <summary>Source-generated JSON metadata for the grains' state and the audit and callback log entries.</summary>
[JsonSerializable(typeof(TokenState))]
[JsonSerializable(typeof(UserState))]
[JsonSerializable(typeof(ContractState))]
[JsonSerializable(typeof(TransactionState))]
[JsonSerializable(typeof(AuditHeadState))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(ApiKeyState))]
[JsonSerializable(typeof(IdempotencyKeyState))]
[JsonSerializable(typeof(KeyRingState))]
[JsonSerializable(typeof(MasterKeyCheckState))]
[JsonSerializable(typeof(CallbackRelayState))]
[JsonSerializable(typeof(CallbackNotice))]
[JsonSerializable(typeof(CallbackWatch))]
public sealed partial class GrainsJsonContext : JsonSerializerContext;
