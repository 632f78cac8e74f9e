require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 300
    headers 'Location' => 'https://example.com/new-endpoint'
    json message: 'Multiple Choices'
end
