using Mono.Cecil;
using Mono.Cecil.Cil;
using Surge.Catalogue;

namespace Surge.Tests.Architecture;

/// <summary>
/// The types of the core assembly (Surge.Core) read from its IL with Mono.Cecil, each with the types it uses: in its
/// signatures, fields, attributes, locals and method bodies. A nested or compiler-generated type counts as part of the
/// top-level type that declares it.
/// </summary>
internal static class CoreAssembly
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<TypeReference>>> _uses = new(Read);

    /// <summary>Every top-level type of the core by full name, with every type it uses (its nested types' uses included).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<TypeReference>> Uses => _uses.Value;

    /// <summary>The namespace of <paramref name="type"/>, or of the top-level type that declares it.</summary>
    public static string NamespaceOf(TypeReference type)
    {
        var element = type.GetElementType();
        while (element.DeclaringType is not null)
        {
            element = element.DeclaringType;
        }
        return element.Namespace;
    }

    /// <summary>The full name of the top-level type that declares <paramref name="type"/> (itself when it is top-level).</summary>
    public static string TopLevelName(TypeReference type)
    {
        var element = type.GetElementType();
        while (element.DeclaringType is not null)
        {
            element = element.DeclaringType;
        }
        return element.FullName;
    }

    /// <summary>
    /// Every top-level type of the assembly at <paramref name="assemblyPath"/>, with every type it uses, as
    /// <see cref="Uses"/> gives them for the core (to check the scan on an assembly that does read files).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<TypeReference>> UsesOf(string assemblyPath) => Read(assemblyPath);

    private static Dictionary<string, IReadOnlySet<TypeReference>> Read() => Read(typeof(ExerciseCatalogue).Assembly.Location);

    private static Dictionary<string, IReadOnlySet<TypeReference>> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var uses = new Dictionary<string, IReadOnlySet<TypeReference>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes().Where(t => t.Name != "<Module>" && !t.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal)))
        {
            var owner = TopLevelName(type);
            if (!uses.TryGetValue(owner, out var set))
            {
                set = new HashSet<TypeReference>();
                uses[owner] = set;
            }
            Collect(type, (HashSet<TypeReference>)set);
        }
        return uses;
    }

    private static void Collect(TypeDefinition type, HashSet<TypeReference> uses)
    {
        void Add(TypeReference? reference)
        {
            if (reference is null || reference is GenericParameter)
            {
                return;
            }
            if (reference is GenericInstanceType generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
            if (reference is TypeSpecification specification)
            {
                Add(specification.ElementType);
                return;
            }
            uses.Add(reference);
        }

        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
            }
            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
        }
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        Add(operand);
                        break;
                    case MethodReference operand:
                        AddMethod(operand);
                        break;
                    case FieldReference operand:
                        Add(operand.DeclaringType);
                        Add(operand.FieldType);
                        break;
                    case CallSite operand:
                        Add(operand.ReturnType);
                        break;
                }
            }
        }
    }
}
