using System.Text.Json;
using System.Text.Json.Serialization;
using CyberCase.Domain.Common;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Every time the API answers is ISO 8601 in IST ("2021-01-13T14:30:00+05:30"), whichever offset it was stored or
/// computed with: an officer reading two fields of one record never has to convert one of them. Times sent in are read
/// with whatever offset they carry.
/// </summary>
public sealed class IstDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Ist.Iso(value));
}
