require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 301
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'Moved Permanently'
end
