using Belajar.Dapodik;

// The Dapodik commands on their own, without the api host:
//   dotnet run --project dapodik/Belajar.Dapodik.Tool -- validate samples/snapshot
//   dotnet run -c Release --project dapodik/Belajar.Dapodik.Tool -- generate --learners 1000000 --seed 1 --out /tmp/snap
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var exit = await DapodikCommands.TryRunAsync(args, Console.Out, cancel.Token);
if (exit is null)
{
    Console.Error.WriteLine("usage: validate <snapshot folder> | generate --learners N --seed S --out <folder> [--invalid-share 0.02] [--schools N] [--provinces N] [--bcrypt-cost 4]");
    return DapodikCommands.Usage;
}

return exit.Value;
