using k8s;
using k8s.Models;

namespace Belajar.Integration.Tests;

/// <summary>deploy/kubernetes, read with the KubernetesClient package's typed models: probes, Orleans labels, secrets by reference.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "deploy", "kubernetes");

    private static readonly List<object> Objects = System.IO.Directory.EnumerateFiles(Folder, "*.yaml")
        .Where(f => Path.GetFileName(f) != "kustomization.yaml")
        .SelectMany(f => KubernetesYaml.LoadAllFromString(File.ReadAllText(f)))
        .ToList();

    private static IEnumerable<V1Deployment> Deployments => Objects.OfType<V1Deployment>();

    [Fact]
    public void The_kustomization_lists_every_manifest_and_each_one_loads_as_a_typed_object()
    {
        var kustomization = File.ReadAllText(Path.Combine(Folder, "kustomization.yaml"));
        var manifests = System.IO.Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(n => n != "kustomization.yaml");

        Assert.All(manifests, name => Assert.Contains($"- {name}", kustomization, StringComparison.Ordinal));
        Assert.DoesNotContain(Objects, o => o is null);
        Assert.Equal(["belajar-api", "belajar-silo"], Deployments.Select(d => d.Metadata.Name).Order());
        Assert.Equal(2, Objects.OfType<V1PodDisruptionBudget>().Count());
        Assert.Equal(2, Objects.OfType<V1Service>().Count());
    }

    [Fact]
    public void Every_container_has_requests_and_probes_on_the_health_endpoints()
    {
        foreach (var container in Deployments.SelectMany(d => d.Spec.Template.Spec.Containers))
        {
            Assert.Equal("/health/live", container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal("/health/ready", container.ReadinessProbe?.HttpGet?.Path);
            Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true, $"{container.Name}: no CPU request");
            Assert.True(container.Resources?.Requests?.ContainsKey("memory") == true, $"{container.Name}: no memory request");
        }
    }

    [Fact]
    public void The_silo_pods_carry_the_labels_and_variables_orleans_kubernetes_hosting_reads()
    {
        var silo = Deployments.Single(d => d.Metadata.Name == "belajar-silo");
        var labels = silo.Spec.Template.Metadata.Labels;
        var env = silo.Spec.Template.Spec.Containers.Single().Env.ToDictionary(e => e.Name);

        Assert.Equal("belajar", labels["orleans/serviceId"]);
        Assert.Equal("belajar", labels["orleans/clusterId"]);
        Assert.Equal("metadata.labels['orleans/serviceId']", env["ORLEANS_SERVICE_ID"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.labels['orleans/clusterId']", env["ORLEANS_CLUSTER_ID"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", env["POD_IP"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.name", env["POD_NAME"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("belajar-silo", silo.Spec.Template.Spec.ServiceAccountName);
        Assert.Contains(Objects.OfType<V1Role>().SelectMany(r => r.Rules), r => r.Resources.Contains("pods") && r.Verbs.Contains("delete"));
        Assert.Equal("/srv/belajar/snapshots", env["Runs__SnapshotRoot"].Value);
        Assert.Equal("nik-pepper", env["Secrets__NikPepper"].ValueFrom.SecretKeyRef.Key);
    }

    [Fact]
    public void No_secret_is_written_in_a_manifest_every_one_is_a_reference()
    {
        Assert.Empty(Objects.OfType<V1Secret>());
        string[] secretish = ["ConnectionStrings__", "Secrets__PasswordKeys__", "Secrets__NikPepper", "Identity__SigningKey", "__Password", "ServiceAccountKeyJson"];
        foreach (var variable in Deployments.SelectMany(d => d.Spec.Template.Spec.Containers).SelectMany(c => c.Env))
        {
            if (secretish.Any(s => variable.Name.Contains(s, StringComparison.Ordinal)))
            {
                Assert.True(variable.Value is null && variable.ValueFrom?.SecretKeyRef is not null, $"{variable.Name} must come from a Secret (secretKeyRef)");
            }
        }

        Assert.All(Deployments.SelectMany(d => d.Spec.Template.Spec.Volumes ?? []).Where(v => v.Name is "tls" or "google"), v => Assert.NotNull(v.Secret));
    }

    [Fact]
    public void The_pods_run_as_a_user_other_than_root_and_a_disruption_takes_one_silo_at_a_time()
    {
        Assert.All(Deployments, d => Assert.True(d.Spec.Template.Spec.SecurityContext?.RunAsNonRoot));
        var siloBudget = Objects.OfType<V1PodDisruptionBudget>().Single(p => p.Metadata.Name == "belajar-silo");
        Assert.Equal("1", siloBudget.Spec.MaxUnavailable.Value);
    }
}
