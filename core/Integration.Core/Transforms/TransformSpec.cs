namespace Integration.Core.Transforms;

/// <summary>
/// The declarative form of a field transform, as written in a plan. Plan JSON shape (the
/// <c>transform</c> object of a field mapping):
/// <list type="bullet">
/// <item><c>{"kind":"copy"}</c></item>
/// <item><c>{"kind":"valueMap","map":{"Prospect":"lead"},"onUnknown":"error"|"default"|"passThrough","default":"other","caseSensitive":true}</c></item>
/// <item><c>{"kind":"convert","to":"string"|"number"|"decimal"|"bool"|"date"|"datetime","scale":2,"rounding":"halfEven"|"halfUp"|"down","sourceTimeZone":"Europe/Paris","timeZone":"America/New_York","format":"yyyy-MM-dd"}</c></item>
/// <item><c>{"kind":"concat","separator":" ","skipBlanks":true}</c> with the field mapping's <c>sources</c> list</item>
/// <item><c>{"kind":"split","separator":" ","index":0}</c> (negative index counts from the end)</item>
/// <item><c>{"kind":"constant","value":&lt;any JSON value&gt;}</c></item>
/// <item><c>{"kind":"lookup","object":"Account","deferrable":false}</c>: the value is a source record id of the mapping whose source object is <c>object</c></item>
/// </list>
/// </summary>
public abstract record TransformSpec
{
    /// <summary>Which transform this is.</summary>
    public abstract TransformKind Kind { get; }
}
