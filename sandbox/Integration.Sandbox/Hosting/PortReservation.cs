using System.Net;
using System.Net.Sockets;

namespace Integration.Sandbox.Hosting;

/// <summary>
/// Turns port 0 into a concrete free port before Kestrel starts, because each vendor's routes are filtered
/// by port (<c>RequireHost("*:port")</c>) and must know it when they are mapped. The socket bound to port 0
/// stays bound and is handed to Kestrel (<see cref="TryTake"/>), so no other process or outgoing connection
/// can take the port between the choice and the listen.
/// </summary>
internal sealed class PortReservation : IDisposable
{
    private readonly Dictionary<int, Socket> _sockets = [];

    /// <summary>The port to listen on: <paramref name="port"/> itself, or for 0 a port held bound until taken.</summary>
    public int Resolve(string host, int port)
    {
        if (port != 0)
        {
            return port;
        }

        var address = IPAddress.Parse(host);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(address, 0));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var bound = ((IPEndPoint)socket.LocalEndPoint!).Port;
        _sockets.Add(bound, socket);
        return bound;
    }

    /// <summary>
    /// The reserved socket for <paramref name="endpoint"/>, passed on to the caller (Kestrel listens on it and
    /// owns it from then on); <see langword="null"/> when the endpoint's port was not reserved here.
    /// </summary>
    public Socket? TryTake(EndPoint endpoint)
    {
        if (endpoint is IPEndPoint ip && _sockets.Remove(ip.Port, out var socket))
        {
            return socket;
        }

        return null;
    }

    /// <summary>Releases the sockets Kestrel did not take (a failed start).</summary>
    public void Dispose()
    {
        foreach (var socket in _sockets.Values)
        {
            socket.Dispose();
        }

        _sockets.Clear();
    }
}
