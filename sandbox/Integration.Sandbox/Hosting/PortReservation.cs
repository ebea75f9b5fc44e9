using System.Net;
using System.Net.Sockets;

namespace Integration.Sandbox.Hosting;

/// <summary>
/// Turns port 0 into a concrete free port before Kestrel starts, because each vendor's routes are filtered
/// by port (<c>RequireHost("*:port")</c>) and must know it when they are mapped. Another process could take
/// the port in between; the start then fails with "address already in use" and can be retried.
/// </summary>
internal static class PortReservation
{
    public static int Resolve(string host, int port)
    {
        if (port != 0)
        {
            return port;
        }

        using var listener = new TcpListener(IPAddress.Parse(host), 0);
        listener.Start();
        var free = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return free;
    }
}
