// A body trickled in a byte at a time does not hold a connection open: the whole request must arrive within the
// request timeout (60 s in service; shortened here), then the server answers 408 and closes.
import t from 'tap'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../src/app.js'
import { testConfig, testDatabase } from './helper.js'

t.test('a slow body is cut off at the request timeout', async (t) => {
  const app = await buildApp({ config: testConfig(t), databaseUrl: await testDatabase(t), logger: false, requestTimeoutMs: 1000 })
  t.teardown(() => app.close())
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const socket = net.connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  socket.write('POST /api/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{')
  const trickle = setInterval(() => socket.write(' '), 200)
  t.teardown(() => clearInterval(trickle))
  // wait (bounded) for the server to give up on the request
  const answer = await new Promise<string>((resolve) => {
    let text = ''
    const bound = setTimeout(() => resolve(`still open: ${text}`), 20_000)
    socket.on('data', (c) => { text += c })
    socket.on('close', () => { clearTimeout(bound); resolve(text) })
    socket.on('error', () => {})
  })
  t.match(answer, /^HTTP\/1\.1 408/, 'the server answered 408 Request Timeout and closed the connection')
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200)
})
