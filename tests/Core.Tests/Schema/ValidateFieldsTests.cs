using Integration.Core.Schema;

namespace Integration.Core.Tests.Schema;

public sealed class ValidateFieldsTests
{
    private static readonly ObjectSchema Company = new("company",
    [
        new FieldSchema("name", "string", true, true, false, [], []),
        new FieldSchema("hs_object_id", "number", false, false, false, [], []),
        new FieldSchema("created_source", "string", true, false, false, [], []),
        new FieldSchema("approved_by", "string", false, true, false, [], []),
    ]);

    [Theory]
    [InlineData("name", true, null)]
    [InlineData("NAME", true, null)]
    [InlineData("hs_object_id", false, null)]
    [InlineData("nope", false, FieldProblemKind.UnknownField)]
    [InlineData("hs_object_id", true, FieldProblemKind.ReadOnly)]
    [InlineData("created_source", true, FieldProblemKind.NotUpdateable)]
    [InlineData("approved_by", true, FieldProblemKind.NotCreateable)]
    public async Task Default_validation_checks_names_and_writability_against_describe(string field, bool mustBeWritable, FieldProblemKind? expected)
    {
        IObjectSchemaProvider provider = new FixedSchemaProvider(Company);

        var problems = await provider.ValidateFieldsAsync("company", [field], mustBeWritable, TestContext.Current.CancellationToken);

        Assert.Equal(expected, problems.SingleOrDefault()?.Kind);
        Assert.All(problems, p => Assert.Equal(field, p.Field));
    }

    [Fact]
    public async Task Default_validation_of_a_missing_object_reports_only_the_object()
    {
        IObjectSchemaProvider provider = new FixedSchemaProvider(null);

        var problems = await provider.ValidateFieldsAsync("deal", ["name", "amount"], mustBeWritable: true, TestContext.Current.CancellationToken);

        var problem = Assert.Single(problems);
        Assert.Equal(FieldProblemKind.UnknownObject, problem.Kind);
        Assert.Equal("The system has no object 'deal'.", problem.Message);
    }

    [Fact]
    public void Write_problem_message_names_object_field_and_rule()
    {
        var problem = FieldProblem.ForWrite("company", "HS_Object_Id", Company.Fields[1]);

        Assert.Equal("company.hs_object_id is read-only (neither createable nor updateable); the plan writes it.", problem?.Message);
        Assert.Equal("HS_Object_Id", problem?.Field);
    }

    private sealed class FixedSchemaProvider(ObjectSchema? schema) : IObjectSchemaProvider
    {
        public Task<ObjectSchema?> DescribeAsync(string objectName, CancellationToken cancellationToken) => Task.FromResult(schema);
    }
}
