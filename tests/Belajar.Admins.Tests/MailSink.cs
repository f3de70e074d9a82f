using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Belajar.Admins.Tests;

/// <summary>A real SMTP server on a free loopback port that keeps every message it receives.</summary>
public sealed class MailSink : MessageStore, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public MailSink()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>While true the server refuses every message (554), as a broken relay would.</summary>
    public bool Refusing { get; set; }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (Refusing)
        {
            return SmtpResponse.TransactionFailed;
        }

        using var stream = new MemoryStream(buffer.ToArray());
        Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    public MimeMessage? To(string address) => Messages.LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == address));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
