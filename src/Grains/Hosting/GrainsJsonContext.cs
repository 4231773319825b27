using System.Text.Json.Serialization;
using Inkan.Grains.Audit;
using Inkan.Grains.Contracts;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Hosting;

/// <summary>Source-generated JSON metadata for the grains' state and the audit log entries.</summary>
[JsonSerializable(typeof(TokenState))]
[JsonSerializable(typeof(UserState))]
[JsonSerializable(typeof(ContractState))]
[JsonSerializable(typeof(TransactionState))]
[JsonSerializable(typeof(AuditHeadState))]
[JsonSerializable(typeof(AuditEntry))]
public sealed partial class GrainsJsonContext : JsonSerializerContext;
