using Belajar.Dapodik.Tool;

// The Dapodik commands on their own, without the api host (`--help` lists them):
//   dotnet run --project dapodik/Belajar.Dapodik.Tool -- validate samples/snapshot
//   dotnet run -c Release --project dapodik/Belajar.Dapodik.Tool -- generate --learners 1000000 --seed 1 --out /tmp/snap
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await DapodikCli.InvokeAsync(args, Console.Out, Console.Error, cancel.Token);
