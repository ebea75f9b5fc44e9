using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Soql.Syntax;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Resolves names against the schema (INVALID_TYPE, INVALID_FIELD) and checks aggregate rules.</summary>
internal sealed class QueryBinder
{
    public const int MaxOffset = 2000;
    private readonly SoqlQuery _query;
    private readonly SObjectType _type;
    private readonly List<Relationship> _relationships = [];

    private QueryBinder(SoqlQuery query)
    {
        _query = query;
        _type = StandardSchema.Find(query.From) ?? throw SoqlErrors.UnknownType(query.Text, query.FromPosition, query.From);
    }

    public static BoundQuery Bind(SoqlQuery query, DateTimeOffset now) => new QueryBinder(query).Bind(now);

    private BoundQuery Bind(DateTimeOffset now)
    {
        var expression = 0;
        var select = _query.Select.Select(item => item switch
        {
            FieldSelect f => new BoundSelect(Resolve(f.Field), null, string.Empty),
            AggregateSelect a => BindAggregate(a, ref expression),
            _ => throw new InvalidOperationException(item.GetType().Name),
        }).ToList();
        var groupBy = _query.GroupBy.Select(Resolve).ToList();
        var orderBy = _query.OrderBy.Select(o => new BoundOrder(Resolve(o.Field), o.Descending, o.EffectiveNullsFirst)).ToList();
        var where = _query.Where is null ? null : new ConditionCompiler(_query.Text, Resolve, now).Compile(_query.Where);
        if (_query.Offset > MaxOffset)
        {
            throw new SoqlException("NUMBER_OUTSIDE_VALID_RANGE", $"Maximum SOQL offset allowed is {MaxOffset}");
        }

        var probe = IndexProbe.Find(_query.Where, Resolve);
        var bound = new BoundQuery(_type, _relationships, select, where, groupBy, orderBy, _query.Limit, _query.Offset ?? 0, probe);
        if (bound.IsAggregate)
        {
            CheckAggregateRules(bound);
        }

        return bound;
    }

    private BoundSelect BindAggregate(AggregateSelect aggregate, ref int expression)
    {
        var field = aggregate.Field is null ? null : Resolve(aggregate.Field);
        if (field is not null && aggregate.Function is "SUM" or "AVG" && !field.Field.Type.IsNumeric())
        {
            throw SoqlErrors.Malformed(_query.Text, aggregate.Position, $"field {field.Field.Name} does not support aggregate operator {aggregate.Function}");
        }

        var name = aggregate.Alias ?? $"expr{expression++}";
        return new BoundSelect(field, aggregate.Function, name);
    }

    private void CheckAggregateRules(BoundQuery bound)
    {
        if (bound.Select.Any(s => s is { Function: "COUNT", Field: null }) && !bound.IsCountOnly)
        {
            throw SoqlErrors.Malformed(_query.Text, _query.Select[0].Position, "COUNT() must be the only element in the SELECT list and cannot be grouped");
        }

        foreach (var (item, syntax) in bound.Select.Zip(_query.Select))
        {
            if (!item.IsAggregate && !bound.GroupBy.Any(g => g.SameAs(item.Field!)))
            {
                throw SoqlErrors.Malformed(_query.Text, syntax.Position, $"Field must be grouped or aggregated: {item.Field!.Field.Name}");
            }
        }

        foreach (var (order, syntax) in bound.OrderBy.Zip(_query.OrderBy))
        {
            if (!bound.GroupBy.Any(g => g.SameAs(order.Field)))
            {
                throw SoqlErrors.Malformed(_query.Text, syntax.Field.Position, $"Ordered field must be grouped or aggregated: {order.Field.Field.Name}");
            }
        }
    }

    private FieldAccessor Resolve(FieldPath path)
    {
        var parts = path.Parts;
        if (parts.Length == 1)
        {
            return new FieldAccessor(_type.Field(parts[0]) ?? throw SoqlErrors.NoSuchColumn(_query.Text, path.Position, parts[0], _type.Name), -1, null);
        }

        if (parts.Length > 2)
        {
            throw SoqlErrors.Malformed(_query.Text, path.Position, $"the sandbox supports one level of parent relationship; '{path.Text}' has {parts.Length - 1}");
        }

        var lookup = _type.Relationship(parts[0]) ?? throw SoqlErrors.UnknownRelationship(_query.Text, path.Position, parts[0]);
        var index = _relationships.FindIndex(r => r.LookupField == lookup);
        if (index < 0)
        {
            _relationships.Add(new Relationship(lookup.RelationshipName!, lookup, StandardSchema.Find(lookup.ReferenceTo!)!));
            index = _relationships.Count - 1;
        }

        var parentType = _relationships[index].ParentType;
        var field = parentType.Field(parts[1]) ?? throw SoqlErrors.NoSuchColumn(_query.Text, path.Position, parts[1], parentType.Name);
        return new FieldAccessor(field, index, _relationships[index]);
    }
}
