require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    payload = json message: 'Partial Content'
    # One satisfiable byte range gets 206 with exactly those bytes; anything else
    # gets the whole representation with 200 (a server may ignore Range).
    ranges = Rack::Utils.byte_ranges(env, payload.bytesize)
    return payload if ranges.nil? || ranges.length != 1
    range = ranges.first
    status 206
    headers 'Content-Range' => "bytes #{range.begin}-#{range.end}/#{payload.bytesize}"
    payload.byteslice(range)
end
