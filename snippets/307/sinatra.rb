require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 307
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'Temporary Redirect'
end
