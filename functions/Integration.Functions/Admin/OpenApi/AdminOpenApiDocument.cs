using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Integration.Functions.Admin.OpenApi;

/// <summary>Builds the OpenAPI 3.0 document of the management API from <see cref="AdminOperations"/>.</summary>
public static partial class AdminOpenApiDocument
{
    /// <summary>The document, with paths under <c>/api/</c> and both security schemes.</summary>
    public static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var group in AdminOperations.All.GroupBy(o => o.Route))
        {
            var item = new JsonObject();
            foreach (var operation in group)
            {
                item[operation.Method] = Describe(operation);
            }

            paths["/api/" + group.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Integration management API", ["version"] = "1" },
            ["paths"] = paths,
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["entra"] = new JsonArray() }),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key" },
                    ["entra"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
                ["schemas"] = new JsonObject
                {
                    ["ProblemDetails"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["type"] = Text(),
                            ["title"] = Text(),
                            ["status"] = new JsonObject { ["type"] = "integer" },
                            ["detail"] = Text(),
                            ["instance"] = Text(),
                        },
                    },
                },
            },
        };
    }

    private static JsonObject Describe(AdminOperation operation)
    {
        var parameters = new JsonArray();
        foreach (Match match in RouteParameter().Matches(operation.Route))
        {
            parameters.Add(new JsonObject { ["name"] = match.Groups[1].Value, ["in"] = "path", ["required"] = true, ["schema"] = Text() });
        }

        foreach (var name in operation.Query)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["schema"] = name == "top" ? new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = PageRequest.MaxTop, ["default"] = PageRequest.DefaultTop } : Text() });
        }

        var responses = new JsonObject();
        foreach (var (status, meaning) in operation.Responses)
        {
            responses[status] = status.StartsWith('2')
                ? new JsonObject { ["description"] = meaning }
                : Problem(meaning);
        }

        responses["401"] = Problem("No or wrong X-Api-Key, or an invalid bearer token.");
        responses["503"] = Problem("A store is unreachable or not connected.");
        return new JsonObject
        {
            ["operationId"] = operation.OperationId,
            ["summary"] = operation.Summary,
            ["parameters"] = parameters,
            ["responses"] = responses,
        };
    }

    private static JsonObject Problem(string meaning) => new()
    {
        ["description"] = meaning,
        ["content"] = new JsonObject { [Problems.AdminProblem.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" } } },
    };

    private static JsonObject Text() => new() { ["type"] = "string" };

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
