require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 302
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'Found'
end
